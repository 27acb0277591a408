"""Check an article: find the sentences that make a claim neuroinfo grades (reading,
sentences, claims), and report each beside its verdict (report, claimreview)."""
