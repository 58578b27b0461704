// Replaced by the evaluation harness tests.
