# Keyword-only dataclass fields: dataclass(kw_only=True), field(kw_only=True)
# and the KW_ONLY pseudo-field; defaults may then precede required fields.
from dataclasses import KW_ONLY, dataclass, field


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    name: str


@dataclass
class Request:
    url: str
    timeout: float = 10.0
    retries: int = field(kw_only=True, default=3)
    method: str = field(kw_only=True)


@dataclass
class Job:
    name: str
    _: KW_ONLY
    priority: int = 0
    tags: list = field(default_factory=list)


print(Options(name="x"), Options(name="y", verbose=True))
print(Request("http://a", method="GET"), Request("http://b", 2.5, method="POST", retries=0))
print(Job("build"), Job("test", priority=2, tags=["ci"]), Job.__match_args__, Request.__match_args__)
for bad in [lambda: Options("x"), lambda: Request("u", 1.0, 5), lambda: Request("u")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
