"""neuroinfo: an evidence-graded terminal reference on peripheral neuropathy and acupuncture."""

__version__ = "0.1.0"
