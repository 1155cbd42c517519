class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field


def validate(record):
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", record.get("age"))
    if record["age"] < 0:
        raise ValueError("age must be non-negative")
    return record


def process(records):
    ok, bad = [], []
    for r in records:
        try:
            validate(r)
        except ValidationError as e:
            bad.append((e.field, str(e)))
        except (TypeError, ValueError) as e:
            bad.append(("?", f"{type(e).__name__}: {e}"))
        else:
            ok.append(r["name"])
        finally:
            pass
    return ok, bad


def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


print(process([{"name": "a", "age": 3}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}, {"name": "d"}]))
try:
    reraise()
except LookupError as e:
    print("caught as LookupError:", repr(e), isinstance(e, KeyError))
err = None
try:
    int("nope")
except ValueError as exc:
    err = exc
print(repr(err), err.args)
try:
    exc
except NameError as e:
    print("NameError:", e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "", e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), [c.__name__ for c in KeyError.__mro__])
