counter = []
print("shared runs as", __name__)
