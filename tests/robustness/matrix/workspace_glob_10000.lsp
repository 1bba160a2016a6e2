# A package.json workspaces glob that matches 10,000 folders: globs are tested per project,
# never expanded, so opening a member is as quick as ever and it inherits the use case.
file> package.json '{"workspaces": ["packages/*"], "stackls": {"useCase": "iot"}}'
repeat> 10000 file> packages/p{{i}}/.keep ''
file> packages/p42/package.json '{"dependencies": {"mqtt": "5"}}'
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{"textDocument":{"hover":{"contentFormat":["plaintext"]}}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/packages/p42/package.json","languageId":"json","version":1,"text":"{\"dependencies\": {\"mqtt\": \"5\"}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/packages/p42/package.json","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/packages/p42/package.json"},"position":{"line":0,"character":20}}}
<-- {"id":2,"result":{"contents":{"value":"{{has:declared in ../../package.json}}"}}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
