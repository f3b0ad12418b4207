import _thread, _signal
try:
    _thread.interrupt_main()
    print("not raised yet")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
