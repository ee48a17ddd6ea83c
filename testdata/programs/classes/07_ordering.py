# __lt__ drives sorted, min and max; comparisons without a method raise.
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"{self.name}@{self.priority}"


tasks = [Task(3, "c"), Task(1, "z"), Task(2, "b"), Task(1, "a")]
print(sorted(tasks))
print(min(tasks), max(tasks))
print(Task(1, "a") < Task(2, "a"), Task(5, "a") > Task(2, "a"))
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)
