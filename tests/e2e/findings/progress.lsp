# The first workspace scan reports $/progress on a token the client accepted
# (window.workDoneProgress); examples/mixed-monorepo holds three projects.
workspace> examples/mixed-monorepo
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"window":{"workDoneProgress":true}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"method":"window/workDoneProgress/create","params":{"token":"stackls-scan"}}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
<-- {"method":"$/progress","params":{"token":"stackls-scan","value":{"kind":"begin","title":"stackls: scanning the workspace"}}}
<-- {"method":"$/progress","params":{"token":"stackls-scan","value":{"kind":"report","percentage":33}}}
<-- {"method":"$/progress","params":{"token":"stackls-scan","value":{"kind":"report","percentage":66}}}
<-- {"method":"$/progress","params":{"token":"stackls-scan","value":{"kind":"report","percentage":100}}}
<-- {"method":"$/progress","params":{"token":"stackls-scan","value":{"kind":"end","message":"projects found: 3"}}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
