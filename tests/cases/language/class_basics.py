class Animal:
    kingdom = 'animalia'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(repr(a), a.speak(), a.kingdom, isinstance(a, Dog))
print(Puppy.__mro__[1].__name__, Puppy.__bases__[0].__name__, Dog.__name__)
d = Dog('x'); d.kingdom = 'changed'
print(d.kingdom, Dog.kingdom, Animal.speak(d))
print(type(d).__name__, d.__class__ is Dog, type(Dog).__name__)
