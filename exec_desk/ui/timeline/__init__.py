"""The session's timeline as model/view: the list model (`model`), the delegate that paints each post
(`delegate`) and the view (`view`). Never a widget per post.
"""
