class AppError(Exception):
    """Base error."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"


def parse_port(value):
    try:
        port = int(value)
    except ValueError as e:
        raise ConfigError("port", "not a number") from e
    if not 0 < port < 65536:
        raise ConfigError("port", f"{port} out of range")
    return port


def load(cfg):
    try:
        return parse_port(cfg["port"])
    except KeyError:
        raise AppError("missing port")


for cfg in [{"port": "8080"}, {"port": "http"}, {"port": "99999"}, {}]:
    try:
        print("port:", load(cfg))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| args:", e.args, "| cause:", repr(cause))
    except AppError as e:
        ctx = e.__context__
        print("AppError:", e, "| context:", type(ctx).__name__, ctx, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print(eg, eg.exceptions, str(eg))
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__, AppError.__doc__)
e = ConfigError("k", "r")
print(repr(e), e.args)
