# An uncaught user exception ends the program with its name and message.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")


def load(cfg):
    if "port" not in cfg:
        raise ConfigError("port")
    return cfg["port"]


print(load({"port": 80}))
print(load({}))
