# uncaught exception raised from another (explicit cause)
class ConfigError(Exception):
    pass
try:
    {}["missing"]
except KeyError as e:
    raise ConfigError("no such key") from e
