def run():
    return "hello from " + __name__
