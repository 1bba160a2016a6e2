# 10,000 open documents: all accepted (the cap), the 10,001st refused with a warning; hovers still answered.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
repeat> 10000 --> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/p{{i}}/requirements.txt","languageId":"text","version":1,"text":"flask\n"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/p9999/requirements.txt"},"position":{"line":0,"character":2}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/extra/requirements.txt","languageId":"text","version":1,"text":"flask\n"}}}
<-- {"method":"window/logMessage","params":{"type":2}}
--> {"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":50,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
