import _locale
print(_locale.gettext('hello'), _locale.dgettext(None, 'msg'), _locale.dgettext('dom', 'msg'))
print(_locale.dcgettext(None, 'm', _locale.LC_MESSAGES))
print(_locale.textdomain(None))
print(_locale.textdomain('mydomain'), _locale.textdomain(None))
print(_locale.textdomain(''))
print(_locale.bind_textdomain_codeset('mydomain', None))
