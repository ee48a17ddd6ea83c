# An exception raised in finally while another propagates: the last line names the newer one.
def work():
    try:
        raise ValueError("original")
    finally:
        print("cleanup")
        raise KeyError("cleanup failed")


work()
