class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class LogMixin:
    log = []

    def record(self, msg):
        self.log.append(f"{type(self).__name__}: {msg}")


class Temperature(JsonMixin, LogMixin):
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees
        self._secret = "hidden"
        self.record(f"created {degrees}")

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0

    def __repr__(self):
        return f"{self.__class__.__name__}({self.degrees}{self.unit})"


class Kelvin(Temperature):
    unit = "K"

    def __init__(self, degrees):
        super().__init__(degrees + 273.15)


t = Temperature.from_fahrenheit(212)
k = Kelvin.from_fahrenheit(32)
print(t, k, t.to_dict(), Temperature.is_freezing(-1), t.is_freezing(t.degrees))
print(LogMixin.log)
print([c.__name__ for c in Kelvin.__mro__], isinstance(k, JsonMixin))
print(type(k).unit, Temperature.unit, getattr(k, "_secret"), vars(Temperature(1))["degrees"])
Temperature.unit = "°C"
print(t, k)
