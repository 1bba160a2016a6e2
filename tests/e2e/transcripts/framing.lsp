# Framing: headers in any order and case, Content-Type, bad and absurd Content-Length.
raw> "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: 63\r\n\r\n" + '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'[:63]
<-- {"id":null,"error":{"code":-32700}}
raw> "Content-Type: application/vscode-jsonrpc\r\ncontent-length: 75\r\n\r\n" + '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
<-- {"id":1,"result":{"serverInfo":{"name":"stackls"}}}
# No Content-Length at all: the block is dropped and logged; nothing is answered.
raw> 'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"lost"}'
<-- none
stderr~ frame without Content-Length
# An absurd Content-Length is refused without allocating it; the next frame is served.
raw> "Content-Length: 99999999999999\r\n\r\n"
<-- none
stderr~ exceeds the cap of 67108864 bytes
raw> "Content-Length: -1\r\n\r\n"
raw> "Content-Length: twelve\r\n\r\n"
<-- none
stderr~ unreadable Content-Length
# Bare \n line ends are tolerated.
raw> 'Content-Length: 46\n\n{"jsonrpc":"2.0","id":3,"method":"shutdown"}  '
<-- {"id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
