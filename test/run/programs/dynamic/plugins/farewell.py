def run():
    return "goodbye from " + __name__
