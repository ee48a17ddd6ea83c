# A RuntimeError raised explicitly with a message, uncaught.
def state_machine(events):
    state = "idle"
    for e in events:
        print(state, "->", e)
        if state == "idle" and e == "start":
            state = "running"
        elif state == "running" and e == "stop":
            state = "idle"
        else:
            raise RuntimeError(f"invalid transition from {state} on {e}")


state_machine(["start", "stop", "stop"])
