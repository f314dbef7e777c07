"""The login throttle on its own, with a clock the test moves: free failures, a delay that
doubles up to its cap, per account and per address, reset on success, bounded memory."""

from __future__ import annotations

import threading

import pytest

from ui.throttle import LoginThrottle, Throttled


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def failures(throttle: LoginThrottle, user: str, address: str, n: int) -> list[float]:
    return [throttle.attempt(user, address) for _ in range(n)]


def test_free_failures_then_a_doubling_delay_up_to_the_cap():
    clock = Clock()
    t = LoginThrottle(free_failures=5, delay_s=1.0, max_delay_s=6.0, clock=clock)
    assert failures(t, "claire", "10.0.0.1", 5) == [0.0] * 5  # five evaluated
    waits = []
    for _ in range(5):
        wait = t.attempt("claire", "10.0.0.1")
        assert wait > 0  # throttled: not evaluated, not counted
        assert t.attempt("claire", "10.0.0.1") == pytest.approx(wait)
        waits.append(wait)
        clock.now += wait
        assert t.attempt("claire", "10.0.0.1") == 0.0  # the delay has passed: one more try
    assert waits == [1.0, 2.0, 4.0, 6.0, 6.0]


def test_per_account_and_per_address():
    clock = Clock()
    t = LoginThrottle(free_failures=3, delay_s=10.0, max_delay_s=60.0, clock=clock)
    failures(t, "claire", "10.0.0.1", 3)
    assert t.attempt("claire", "10.0.0.2") > 0  # the account, from anywhere
    assert t.attempt("marc", "10.0.0.1") > 0  # the address, for any account
    assert t.attempt("marc", "10.0.0.2") == 0.0
    # Spraying one password over many accounts from one address is throttled too.
    assert failures(t, "a", "10.0.0.3", 1) + failures(t, "b", "10.0.0.3", 1) == [0.0, 0.0]
    assert t.attempt("c", "10.0.0.3") == 0.0 and t.attempt("d", "10.0.0.3") > 0


def test_success_resets_and_check_does_not_evaluate_while_throttled():
    clock = Clock()
    t = LoginThrottle(free_failures=2, delay_s=5.0, max_delay_s=60.0, clock=clock)
    evaluated = []

    def verify(ok: bool):
        return lambda: evaluated.append(ok) or ok

    assert not t.check("claire", "10.0.0.1", verify(False))
    assert not t.check("claire", "10.0.0.1", verify(False))
    with pytest.raises(Throttled) as err:
        t.check("claire", "10.0.0.1", verify(True))
    assert err.value.seconds == pytest.approx(5.0) and evaluated == [False, False]
    clock.now += 5
    assert t.check("claire", "10.0.0.1", verify(True))
    assert t.tracked() == 0  # reset: two fresh failures are free again
    assert failures(t, "claire", "10.0.0.1", 2) == [0.0, 0.0]


def test_a_burst_in_parallel_gets_only_the_free_failures_through():
    t = LoginThrottle(free_failures=5, delay_s=60.0, max_delay_s=60.0)
    results: list[float] = []
    lock = threading.Lock()

    def hammer() -> None:
        for _ in range(30):
            wait = t.attempt("claire", "10.0.0.1")
            with lock:
                results.append(wait)

    threads = [threading.Thread(target=hammer) for _ in range(10)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(results) == 300 and results.count(0.0) == 5


def test_memory_stays_bounded_and_old_entries_are_forgotten():
    clock = Clock()
    t = LoginThrottle(free_failures=5, delay_s=1.0, max_delay_s=60.0, max_entries=100, clock=clock)
    for i in range(5000):  # random accounts from random addresses
        t.attempt(f"compte-{i}", f"10.1.{i // 250}.{i % 250}")
    assert t.tracked() == 100
    failures(t, "claire", "10.0.0.1", 9)
    assert t.attempt("claire", "10.0.0.1") > 0
    clock.now += t.forget_after_s + 1
    assert t.attempt("marc", "10.0.0.9") == 0.0 and t.tracked() == 2  # the rest forgotten
    assert t.attempt("claire", "10.0.0.1") == 0.0


@pytest.mark.parametrize(
    "ctype, body, user",
    [
        ("application/x-www-form-urlencoded", b"username=claire&password=x", "claire"),
        (
            "multipart/form-data; boundary=b",
            b'--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nclaire\r\n'
            b'--b\r\nContent-Disposition: form-data; name="password"\r\n\r\nx\r\n--b--\r\n',
            "claire",
        ),
        ("multipart/form-data; boundary=b", b"--b\r\npas un formulaire", ""),
        ("application/json", b'{"username": "claire"}', ""),
    ],
)
def test_the_account_is_read_from_the_login_form(ctype, body, user):
    """As Gradio's page (multipart) and gradio_client (urlencoded) send it."""
    import asyncio

    from ui.throttle import _form_user

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/login",
        "headers": [(b"content-type", ctype.encode())],
    }
    assert asyncio.run(_form_user(scope, body)) == user
