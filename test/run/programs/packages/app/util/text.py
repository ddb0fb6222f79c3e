def shout(s):
    return s.upper() + "!"


if __name__ == "__main__":
    print("never printed")
