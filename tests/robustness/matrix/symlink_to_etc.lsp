# A symlink from the workspace to /etc and a -r through it: nothing under /etc is read or shown; diagnostics published.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
link> etc /etc
file> requirements.txt '-r etc/passwd\n-r ../../../../etc/hostname\nflask\n'
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/requirements.txt","languageId":"text","version":1,"text":"-r etc/passwd\n-r ../../../../etc/hostname\nflask\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/requirements.txt","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/requirements.txt"},"position":{"line":0,"character":5}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
