package app.pos.api.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

/**
 * A request Netty cannot even read (an address or headers over its limits, a broken request line) never
 * reaches Spring, nor does one whose address is no URI: both would be answered with an empty body. This
 * handler sits right after the HTTP decoder and answers such a request in the API's one error shape
 * instead, then closes the connection, as Netty would.
 */
@Component
public class UndecodableRequests implements NettyServerCustomizer {

    private final JsonMapper json;

    public UndecodableRequests(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "pos.undecodableRequests", new Answer());
            }
        });
    }

    private FullHttpResponse problem(Throwable cause) {
        HttpStatus status;
        String code;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpStatus.URI_TOO_LONG;
            code = "URI_TOO_LONG";
            detail = "the request line (method, path and query) is longer than the server reads";
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            code = "HEADERS_TOO_LARGE";
            detail = "the request's headers are larger than the server reads";
        } else if (cause instanceof URISyntaxException) {
            status = HttpStatus.BAD_REQUEST;
            code = "INVALID_URI";
            detail = "the request's address is not a valid URI (a broken %-escape or a character that must be escaped)";
        } else {
            status = HttpStatus.BAD_REQUEST;
            code = "MALFORMED_HTTP";
            detail = "the request is not well-formed HTTP";
        }
        String requestId = UUID.randomUUID().toString();
        byte[] body = json.writeValueAsBytes(Problems.problem(status, code, detail, requestId));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set(RequestIds.HEADER, requestId);
        return response;
    }

    /** Why Netty or the address parser cannot take this message, or null when they can. */
    private static Throwable refusal(Object message) {
        if (!(message instanceof HttpObject http)) {
            return null;
        }
        if (http.decoderResult().isFailure()) {
            return http.decoderResult().cause();
        }
        if (message instanceof HttpRequest request) {
            try {
                new URI(request.uri());
            } catch (URISyntaxException unparsable) {
                return unparsable;
            }
        }
        return null;
    }

    private final class Answer extends ChannelInboundHandlerAdapter implements ChannelHandler {

        private boolean answered;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            Throwable refused = answered ? null : refusal(message);
            if (!answered && refused == null) {
                context.fireChannelRead(message);
                return;
            }
            ReferenceCountUtil.release(message);
            if (!answered) {
                answered = true;
                context.writeAndFlush(problem(refused)).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }
}
