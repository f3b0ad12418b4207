SHOW = False
def chain0():
    try:
        try:
            try:
                try:
                    raise TypeError(1)
                except BaseException as e3:
                    log('handled', chain(e3))
                    where('h3')
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except Exception as e2:
                raise
        except BaseException as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except Exception as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise RuntimeError(3)
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
    except BaseException as e0:
        raise TypeError(5)
    return 'no error'
log('== chain1')
try:
    log(chain1())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
