"""Claims to incidents: language-independent, incremental, explainable clustering."""
