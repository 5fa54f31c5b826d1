"""The Textual UI: screens, widgets and the app. Only this package imports textual."""
