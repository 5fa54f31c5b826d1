"""The analysts' concepts: the label scheme, annotations, sources and speakers, navigation,
disputes and link suggestions, adjudication and the status rule. One module per concept;
no UI, no command line."""
