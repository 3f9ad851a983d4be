"""Raw input to clean structure: decoding, normalisation, layout and sentences."""
