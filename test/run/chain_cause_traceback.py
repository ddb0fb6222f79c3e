# RUN: %difftest %s
# An uncaught `raise X from Y` through two functions: both tracebacks, joined by
# "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as err:
        raise ConfigError(f"bad config value {text!r}") from err


print(load("12"))
print(load("twelve"))
