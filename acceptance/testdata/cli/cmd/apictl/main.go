// Command apictl is the service's command-line client, on cobra.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/spf13/cobra"

	"example.com/apictl/sdk"
)

const (
	exitAuth       = 3
	exitQuota      = 4
	exitTimeout    = 5
	exitNetwork    = 6
	exitDependency = 7
)

func main() {
	var client sdk.Client
	root := &cobra.Command{Use: "apictl", SilenceUsage: true, SilenceErrors: true}
	root.PersistentFlags().StringVar(&client.BaseURL, "url", "http://localhost:8080", "the service's base URL")
	root.PersistentFlags().StringVar(&client.Token, "token", os.Getenv("APICTL_TOKEN"), "the API token")
	root.AddCommand(&cobra.Command{
		Use:  "get PATH",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			client.HTTP = &http.Client{Timeout: 30 * time.Second}
			resp, err := client.Get(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return resp.Body.Close()
		},
	})
	root.AddCommand(&cobra.Command{
		Use:  "generate PATH",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			client.HTTP = http.DefaultClient
			return generate(cmd.Context(), &client, args[0])
		},
	})
	if err := root.ExecuteContext(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "apictl:", err)
		os.Exit(exitCode(err))
	}
}

// generate polls until the generation is ready, with the SDK's predicate.
func generate(ctx context.Context, c *sdk.Client, path string) error {
	for n := 0; n < 10; n++ {
		resp, err := c.Do(ctx, http.MethodPost, path)
		var e *sdk.Error
		if err == nil {
			return resp.Body.Close()
		}
		if errors.As(err, &e) && sdk.Temporary(e.Code) { // want `retries UPSTREAM_GENERATION_SERVICE_ERROR, which the catalog marks not retryable` `retries RATE_LIMITED \(429\) without reading Retry-After` `retries DISPATCH_TIMEOUT \(503\) without reading Retry-After`
			time.Sleep(sdk.Backoff(n))
			continue
		}
		if errors.As(err, &e) && e.Code == "GENERATION_NOT_READY" {
			time.Sleep(time.Second)
			continue
		}
		return err
	}
	return errors.New("generation did not finish")
}

// exitCode maps an error to the process exit status.
func exitCode(err error) int {
	var e *sdk.Error
	var ne net.Error
	var ue *url.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return exitTimeout
	case errors.As(err, &ne) && ne.Timeout(): // want `net.Error is a timeout error: exit_codes says 5, this exits 6`
		return exitNetwork
	case errors.As(err, &ue):
		return exitNetwork
	case !errors.As(err, &e):
		return 1
	}
	switch e.Code {
	case "AUTH_REQUIRED", "AUTH_SESSION_EXPIRED", "AUTH_INVALID_SESSION":
		return exitAuth
	case "RATE_LIMITED", "BILLING_INSUFFICIENT_CREDITS":
		return exitQuota
	case "GENERATION_TIMEOUT", "UPSTREAM_TIMEOUT":
		return exitTimeout
	case "GENERATION_CAPACITY_EXCEEDED": // want `GENERATION_CAPACITY_EXCEEDED is a dependency error: exit_codes says 7, this exits 4`
		return exitQuota
	case "FORBIDDEN": // want `FORBIDDEN is an auth error: exit_codes says 3, this exits 7`
		return exitDependency
	}
	return 1
}
