"""Grade claims with the Admiralty code: source reliability A-F and information credibility 1-6."""
