"""What vulture takes for dead code but is called from outside our code (the CI's dead-code step reads this list).

Each name is a hook a framework calls by its name, a field of a format we keep whole, or a marker a tool reads.
"""

# http.server / socketserver hooks and class settings (the OAuth loopback listener, the fake X server)
_.do_GET  # noqa: B018, F821
_.do_POST  # noqa: B018, F821
_.do_DELETE  # noqa: B018, F821
_.do_PUT  # noqa: B018, F821
_.log_message  # noqa: B018, F821
_.process_request  # noqa: B018, F821
_.protocol_version  # noqa: B018, F821
_.disable_nagle_algorithm  # noqa: B018, F821
_.daemon_threads  # noqa: B018, F821
_.close_connection  # noqa: B018, F821
_.server_version  # noqa: B018, F821
_.sys_version  # noqa: B018, F821
_.server_name  # noqa: B018, F821
_.server_port  # noqa: B018, F821
# tweepy calls this override with the keyword oauth_1
_._get_authenticating_user_id  # noqa: B018, F821
_.oauth_1  # noqa: B018, F821
# Qt virtual methods
_.mousePressEvent  # noqa: B018, F821
_.filterAcceptsRow  # noqa: B018, F821
_.keyboardSearch  # noqa: B018, F821
# sqlite3 and pkg_resources attributes set for the library to read
_.row_factory  # noqa: B018, F821
_.resource_string  # noqa: B018, F821
# a translation marker read by packaging/i18n.py
_.QT_TRANSLATE_N_NOOP  # noqa: B018, F821
# fields of X's answers and requests, kept whole
_.oldest_id  # noqa: B018, F821
_.result_count  # noqa: B018, F821
_.list_fields  # noqa: B018, F821
_.filename  # noqa: B018, F821
