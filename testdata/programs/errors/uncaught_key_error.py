# KeyError from a missing dict key, uncaught: the key's repr is the message.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
