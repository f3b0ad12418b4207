SHOW = False
def chain0():
    try:
        raise LookupError(1)
    except Exception as e0:
        raise LookupError(9) from None
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain1():
    try:
        raise ValueError(2)
    except ValueError as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain1')
try:
    log(chain1())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain2():
    try:
        try:
            try:
                try:
                    raise OSError(9)
                except Exception as e3:
                    raise RuntimeError(4) from None
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
                    raise KeyError(7)
            except BaseException as e2:
                raise KeyError(0) from e2
        except ValueError as e1:
            log('handled', chain(e1))
            where('h1')
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except Exception as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain2')
try:
    log(chain2())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain3():
    try:
        try:
            raise KeyError(4)
        except BaseException as e1:
            raise OSError(8)
    except Exception as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain3')
try:
    log(chain3())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
