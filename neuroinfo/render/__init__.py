"""Pages drawn for output: one layout (layout.py) printed as plain or styled text
(terminal.py), and Markdown (markdown.py)."""
