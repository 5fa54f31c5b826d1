"""Data in and out: JSONL records, dispute records, ClaimReview, import."""
