def f():
    try:
        g()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        raise
    except:
        raise RuntimeError("x") from None
    else:
        print("else")
    finally:
        print("finally")
    assert x
    assert x, "message"
    assert x, f"message {x}"


def star(x):
    try:
        x()
    except* ValueError as eg:
        print(eg.exceptions)
    except* (KeyError, TypeError):
        pass
    else:
        print("no error")
    finally:
        print("done")
