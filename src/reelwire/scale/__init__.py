"""Scale: the relevance filter in front of the parser and the Dask runner."""
