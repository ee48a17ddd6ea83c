# A dataclass inheriting from another: base fields come first, a
# redefined field keeps its place; methods and super() still work.
from dataclasses import dataclass


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0

    def speak(self):
        return super().speak() + f" and knows {self.tricks} tricks"


d = Dog("rex", tricks=2)
print(d, Animal("cat"))
print(d.speak(), Animal("cow", "moo").speak())
print(d == Dog("rex", "woof", 2), d == Animal("rex", "woof"), isinstance(d, Animal))
