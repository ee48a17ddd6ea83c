package futures

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// maxFrame bounds one message between a pool and a worker (1 GiB).
const maxFrame = 1 << 30

// writeFrame writes one message: its length as a uvarint, then the bytes.
func writeFrame(w io.Writer, payload []byte) error {
	buf := binary.AppendUvarint(make([]byte, 0, len(payload)+binary.MaxVarintLen64), uint64(len(payload)))
	buf = append(buf, payload...)
	_, err := w.Write(buf)
	return err
}

// readFrame reads one message written by writeFrame. It returns io.EOF
// only when the stream ends cleanly between messages.
func readFrame(r *bufio.Reader) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if n > maxFrame {
		return nil, fmt.Errorf("futures: message of %d bytes exceeds the limit", n)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, fmt.Errorf("futures: reading a message: %w", io.ErrUnexpectedEOF)
	}
	return buf, nil
}
