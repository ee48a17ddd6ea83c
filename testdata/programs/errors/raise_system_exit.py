# raise SystemExit(5) exits with status 5; finally blocks run on the way out; except Exception misses it.
def main():
    try:
        try:
            raise SystemExit(5)
        except Exception:
            print("never: SystemExit is not an Exception")
    finally:
        print("finally runs before exit")


main()
