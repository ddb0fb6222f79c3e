print("tool package imported as", __name__)
