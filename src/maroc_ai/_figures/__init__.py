"""How ``ds.plot`` draws: a module per figure, and the words, fonts and outline they share.

Nothing here imports matplotlib until a figure is drawn. The package data beside the
modules (``words.json``, ``fonts/``, ``maps/``) says where each file comes from.
"""
