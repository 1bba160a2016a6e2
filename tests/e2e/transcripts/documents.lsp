# Document sync: full and incremental changes with an emoji (UTF-16 columns); an inverted
# range is dropped with a logMessage warning and the server keeps serving.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/package.json","languageId":"json","version":1,"text":"{\"name\": \"😀x\"}\n"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/package.json","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":11},"end":{"line":0,"character":12}},"text":"y"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/package.json","version":3},"contentChanges":[{"range":{"start":{"line":9,"character":0},"end":{"line":99,"character":99}},"text":"\n"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/package.json","version":4},"contentChanges":[{"text":"{}"}]}}
<-- none
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/package.json","version":5},"contentChanges":[{"range":{"start":{"line":0,"character":2},"end":{"line":0,"character":1}},"text":"z"}]}}
<-- {"method":"window/logMessage","params":{"type":2}}
stderr~ inverted range
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/never-opened.txt","version":1},"contentChanges":[{"text":"x"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"file:///w/package.json"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/package.json"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/package.json"}}}
<-- {"method":"window/logMessage","params":{"type":2}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
