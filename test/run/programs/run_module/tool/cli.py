import sys


def main(args):
    print("cli.main", __name__, [a.upper() for a in args])


if __name__ == "__main__":
    print("run directly:", __name__, __package__, __spec__.name)
    main(sys.argv[1:])
