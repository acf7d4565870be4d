"""申込の取込み: applications to an event from a web form's CSV or .xlsx export."""
