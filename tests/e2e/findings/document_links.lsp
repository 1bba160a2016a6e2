# Document links for -r/--requirement and -c includes (ranges from markers in the fixture);
# a URL include is not linked; package.json and unknown documents have none.
workspace> fixtures/includes
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{"documentLinkProvider":{}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"}}}
<-- {"id":2,"result":[{"range":{{range:requirements.txt#base}},"target":"{{uri:requirements/base.txt}}"},{"range":{{range:requirements.txt#dev}},"target":"{{uri:requirements/dev.txt}}"},{"range":{{range:requirements.txt#pins}},"target":"{{uri:constraints.txt}}"}]}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements/dev.txt}}","languageId":"text","version":1,"text":"{{text:requirements/dev.txt}}"}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"{{uri:requirements/dev.txt}}"}}}
<-- {"id":3,"result":[{"range":{{range:requirements/dev.txt@base.txt}},"target":"{{uri:requirements/base.txt}}"}]}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentLink","params":{"textDocument":{"uri":"{{uri:never-opened.txt}}"}}}
<-- {"id":4,"result":[]}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/documentLink","params":{"textDocument":{}}}
<-- error -32602 5
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
