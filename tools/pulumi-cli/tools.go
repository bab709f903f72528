//go:build tools

// Package tools records the upstream main package this module builds, so that
// `go mod tidy` keeps its dependencies. (Our own Node.js language host is the
// main package in ./pulumi-language-nodejs.)
package tools

import (
	_ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
)
