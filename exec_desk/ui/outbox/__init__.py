"""The outbox window (`window`), the drafts list (`drafts`) and the upload progress bars both use (`progress`)."""
