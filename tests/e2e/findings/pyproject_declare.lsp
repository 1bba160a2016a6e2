# stackls.declareUseCase on a pyproject.toml without [tool.stackls]: the edit appends the table
# (checked to stay valid TOML before it is offered); with one, it goes under its header.
workspace> fixtures/pyproject-declare
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":[{"uri":"{{uri:pyproject.toml}}","useCases":["ai-ml"]}]}}
<-- {"id":2,"result":{"applied":false,"edit":{"changes":{"{{uri:pyproject.toml}}":[{"range":{"start":{"line":3,"character":0},"end":{"line":3,"character":0}},"newText":"\n[tool.stackls]\nuseCase = \"ai-ml\"\n"}]}}}}
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":[{"uri":"{{uri:other/pyproject.toml}}","useCases":["ai-ml","api"]}]}}
<-- {"id":3,"error":{"code":-32602}}
--> {"jsonrpc":"2.0","id":4,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":[{"uri":"{{uri:other/pyproject.toml}}","useCases":["ai-ml","games"]}]}}
<-- {"id":4,"result":{"applied":false,"edit":{"changes":{"{{uri:other/pyproject.toml}}":[{"range":{"start":{"line":0,"character":14},"end":{"line":0,"character":14}},"newText":"\nuseCase = [\"ai-ml\", \"games\"]"}]}}}}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
